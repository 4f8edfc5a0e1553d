package org.hearth.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hearth.shared.InvalidInputException;

/**
 * How a story names its storyteller: a full name, a first name, a pseudonym, or nobody.
 * An anonymous attribution carries no name at all; the others must carry one.
 */
@Embeddable
public class Attribution {

    public static final int NAME_LENGTH = 100;

    @Enumerated(EnumType.STRING)
    @Column(name = "attribution_type", nullable = false, length = 20)
    private AttributionType type;

    @Column(name = "attribution_name", length = NAME_LENGTH)
    private String name;

    protected Attribution() {
    }

    private Attribution(AttributionType type, String name) {
        this.type = type;
        this.name = name;
    }

    public static Attribution anonymous() {
        return new Attribution(AttributionType.ANONYMOUS, null);
    }

    /** An attribution of {@code type}; {@code name} is required unless anonymous, and dropped if it is. */
    public static Attribution of(AttributionType type, String name) {
        if (type == null || type == AttributionType.ANONYMOUS) {
            return anonymous();
        }
        if (name == null || name.isBlank() || name.strip().length() > NAME_LENGTH) {
            throw new InvalidInputException("attribution.name",
                    "a " + type.code() + " attribution needs a name (at most " + NAME_LENGTH + " characters)");
        }
        return new Attribution(type, name.strip());
    }

    public AttributionType type() {
        return type;
    }

    /** The name to show, or null when anonymous. */
    public String name() {
        return name;
    }
}
