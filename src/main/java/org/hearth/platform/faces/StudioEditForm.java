package org.hearth.platform.faces;

import jakarta.annotation.PostConstruct;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hearth.shared.BusinessException;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.StaleVersionException;

/**
 * What the studio's edit pages for reference data share: the item's key (from the address, or on a
 * postback from the form's plain {@code key} field), the version the edit started from, and saving
 * that never overwrites someone else's newer save: it shows theirs beside the form, which then
 * starts from their version, so saving again is a choice made with both in view.
 *
 * @param <T> what the page edits
 */
public abstract class StudioEditForm<T> {

    protected String key;
    protected Integer version;
    private Map<String, Object> theirs;

    @PostConstruct
    void identify() {
        key = StudioPage.key();
    }

    /**
     * Runs {@code change} (a create, an update, a verification…), then says {@code savedText} and
     * goes to the page {@code pageOf} names; refusals are shown by field, under {@code labels}.
     */
    protected void save(Supplier<T> change, Function<T, String> pageOf, String savedText, String labels) {
        try {
            T saved = change.get();
            StudioText.info(savedText);
            StudioPage.redirect(pageOf.apply(saved));
        } catch (StaleVersionException conflict) {
            theirs = conflict.currentState();
            version = (int) conflict.current();
            StudioText.error("reference.conflict");
        } catch (InvalidInputException invalid) {
            refusedFields(invalid, labels);
        } catch (BusinessException refused) {
            StudioText.refused(refused, labels);
        }
    }

    /** Says which fields were refused and why; a page whose fields a name alone does not label says it its own way. */
    protected void refusedFields(InvalidInputException invalid, String labels) {
        StudioText.refused(invalid, labels);
    }

    public boolean isCreating() {
        return key == null;
    }

    /** What someone else saved first, by field, after a conflict; null otherwise. */
    public Map<String, Object> getTheirs() {
        return theirs;
    }

    public List<String> getTheirFields() {
        return theirs == null ? List.of() : List.copyOf(theirs.keySet());
    }

    public String getKey() {
        return key;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
