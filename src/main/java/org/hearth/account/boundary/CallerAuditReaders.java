package org.hearth.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hearth.account.entity.Role;
import org.hearth.audit.boundary.AuditReaders;
import org.hearth.organization.entity.Organization;

/** The audit log is read by the admins of an organization, in the organizations this request covers. */
@RequestScoped
public class CallerAuditReaders implements AuditReaders {

    @Inject
    Caller caller;

    @Override
    public List<Long> readableByCaller() {
        return caller.inView(Role::mayAdminister).stream().map(Organization::id).toList();
    }
}
