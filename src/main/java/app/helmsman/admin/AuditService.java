package app.helmsman.admin;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.platform.AuditEntry;
import app.helmsman.platform.AuditLog;
import app.helmsman.platform.AuditQuery;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit log panel: search, filter, page and export; reading the log is itself never audited, exporting is. */
@Service
public class AuditService {

    private final AuditLog audit;
    private final SignedInUser signedIn;

    AuditService(AuditLog audit, SignedInUser signedIn) {
        this.audit = audit;
        this.signedIn = signedIn;
    }

    /** A page of matching rows, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        return audit.search(query, offset, limit);
    }

    /** How many rows match. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        return audit.count(query);
    }

    /** The actions recorded so far, for the filter. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> actions() {
        return audit.actions();
    }

    /**
     * Writes the matching rows as UTF-8 CSV (at most {@link AuditLog#MAX_EXPORT}) and records the export.
     *
     * @return how many rows were written
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int exportCsv(AuditQuery query, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        int rows = audit.exportCsv(query, writer);
        audit.record(signedIn.requireId(), null, "audit.exported", null, rows + " rows");
        return rows;
    }
}
