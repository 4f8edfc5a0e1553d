package org.hearth.mediakit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.hearth.mediakit.control.Customization;
import org.hearth.mediakit.entity.CustomField;
import org.junit.jupiter.api.Test;

/** A partner's words go only where the kit allows them, as plain text; everything else stays locked. */
class CustomizationTest {

    static final String BODY = "Help: {{organizationName}}, {{localServices}}. Hotline 1-833-900-1010. Contact {{contact}}. {{hotline}}";

    @Test
    void onlyTheAllowedFieldsAreFilledAndTheRestKeepTheKitsOwnWords() {
        Customization fill = Customization.of(Map.of(CustomField.ORGANIZATION_NAME, "Eastside Youth Centre",
                        CustomField.LOCAL_SERVICES, "Eastside clinic, 555-0100", CustomField.CONTACT, "a@example.org"),
                Set.of(CustomField.ORGANIZATION_NAME, CustomField.LOCAL_SERVICES), Map.of(CustomField.ORGANIZATION_NAME, "Northern Lantern"), "en");
        String text = fill.fill(BODY);
        assertEquals("Help: Eastside Youth Centre, Eastside clinic, 555-0100. Hotline 1-833-900-1010. Contact [your contact]. ", text);
    }

    @Test
    void aPartnerCannotSlipMarkupOrLinksIntoTheKit() {
        Customization fill = Customization.of(Map.of(CustomField.LOCAL_SERVICES, "<script>x</script> [call](http://evil) **now**\nnext"),
                Set.of(CustomField.LOCAL_SERVICES), Map.of(), "fr");
        String value = fill.value(CustomField.LOCAL_SERVICES);
        assertFalse(value.contains("<") || value.contains("](") || value.contains("**") || value.contains("\n"), value);
        assertTrue(fill.fill("{{contact}}").equals("[votre contact]"));
    }

    @Test
    void theDefaultsFillTheOrganizationsNameForReaders() {
        assertEquals("By Northern Lantern, [your local services]",
                Customization.defaults(Map.of(CustomField.ORGANIZATION_NAME, "Northern Lantern"), "en")
                        .fill("By {{organizationName}}, {{ localServices }}"));
    }
}
