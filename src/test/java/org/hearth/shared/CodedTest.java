package org.hearth.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.hearth.account.entity.Role;
import org.hearth.consent.entity.Channel;
import org.hearth.story.entity.StoryStatus;
import org.hearth.story.entity.Topic;
import org.junit.jupiter.api.Test;

class CodedTest {

    @Test
    void anEnumsCodeIsItsNameInLowerCaseWithHyphensUnlessItSaysOtherwise() {
        assertEquals("labour-exploitation", Topic.LABOUR_EXPLOITATION.code());
        assertEquals("changes-requested", StoryStatus.CHANGES_REQUESTED.code());
        assertEquals("ORG_ADMIN", Role.ORG_ADMIN.code(), "roles keep their own codes");
        assertEquals("website", Channel.WEBSITE.code());
        assertEquals(StoryStatus.IN_REVIEW, Coded.parse(StoryStatus.class, "in-review", "status"));
    }

    @Test
    void codesDoNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("in-review", StoryStatus.IN_REVIEW.code());
            assertEquals("in-review", Coded.codeOf(StoryStatus.IN_REVIEW));
        } finally {
            Locale.setDefault(before);
        }
    }
}
