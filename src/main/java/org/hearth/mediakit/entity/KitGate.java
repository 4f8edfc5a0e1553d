package org.hearth.mediakit.entity;

import java.util.List;
import org.hearth.shared.Reason;

/**
 * What may stop a kit from being approved or published (its media unfit or not covered by the
 * consents of the people shown for the media-kits channel, discouraged terms in its texts). The
 * kit asks it at approval and at publication; the boundary answers.
 */
public interface KitGate {

    List<Reason> reasons(MediaKit kit);
}
