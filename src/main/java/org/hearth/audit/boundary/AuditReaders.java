package org.hearth.audit.boundary;

import java.util.List;

/**
 * Who may read the audit log, asked by {@link AuditLog}: the ids of the organizations whose log the
 * current caller may read now (those they administer; in a studio session, the one it works in).
 * The account component answers it, so audit, which every component writes to, depends on none.
 */
public interface AuditReaders {

    List<Long> readableByCaller();
}
