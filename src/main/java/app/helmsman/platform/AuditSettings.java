package app.helmsman.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit log ({@code helmsman.audit.*}).
 *
 * @param retentionDays rows older than this many days are purged ({@code HELMSMAN_AUDIT_RETENTION_DAYS}), 1 to 36,500
 * @param purgeCron when the purge runs ({@code HELMSMAN_AUDIT_PURGE_CRON}); "-" turns it off
 */
@ConfigurationProperties("helmsman.audit")
public record AuditSettings(@DefaultValue("365") int retentionDays, @DefaultValue("0 41 3 * * *") String purgeCron) {

    public AuditSettings {
        if (retentionDays < 1 || retentionDays > 36_500) {
            throw new IllegalArgumentException("helmsman.audit.retention-days must be between 1 and 36500");
        }
    }
}
