package uk.police.wm.rcs.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Auditors' read access to the audit log ({@code auditor} role only).
 */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AuditResource.AUDITOR_ROLE)
@Tag(name = "Audit", description = "The Data Protection Act 2018 s.62 log of who read or changed which records, for "
        + "auditors.")
public class AuditResource {

    public static final String AUDITOR_ROLE = "auditor";

    @Inject
    AuditQuery query;

    @Operation(summary = "Search the audit log",
            description = "Entries of the audit log, newest first, a cursor page; filters: subject, recordType, "
                          + "recordId, operation, from (inclusive) and to (exclusive), each an ISO instant or date.")
    @GET
    public Page<AuditRecord> searchAuditLog(@QueryParam("subject") String subject, @QueryParam("recordType") String recordType,
            @QueryParam("recordId") String recordId, @QueryParam("operation") String operation,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return query.find(AuditFilter.parse(subject, recordType, recordId, operation, from, to),
                PageRequest.parse(limit, cursor));
    }
}
