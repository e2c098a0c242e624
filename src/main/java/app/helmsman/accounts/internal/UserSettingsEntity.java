package app.helmsman.accounts.internal;

import app.helmsman.accounts.UserSettings.EnergyPeak;
import app.helmsman.shared.ui.Appearance;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;
import java.util.UUID;

@Entity
@Table(name = "user_settings")
public class UserSettingsEntity {

    /** The longest language tag stored (RFC 5646 asks that a tag of up to 35 characters be storable). */
    public static final int LOCALE_LENGTH = 35;

    @Id
    @Column(name = "user_id")
    private UUID userId;
    @Column(name = "time_zone", length = 64)
    private String timeZone;
    @Column(name = "locale", length = LOCALE_LENGTH)
    private String locale;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Appearance.Theme theme = Appearance.Theme.SYSTEM;
    @Column(name = "reduced_motion", nullable = false)
    private boolean reducedMotion;
    @Enumerated(EnumType.STRING)
    @Column(name = "text_size", nullable = false, length = 20)
    private Appearance.TextSize textSize = Appearance.TextSize.NORMAL;
    @Column(name = "work_start", nullable = false)
    private LocalTime workStart = LocalTime.of(9, 0);
    @Column(name = "work_end", nullable = false)
    private LocalTime workEnd = LocalTime.of(17, 0);
    @Enumerated(EnumType.STRING)
    @Column(name = "energy_peak", nullable = false, length = 20)
    private EnergyPeak energyPeak = EnergyPeak.MORNING;
    @Version
    private long version;

    protected UserSettingsEntity() {
    }

    public UserSettingsEntity(UUID userId) {
        this.userId = userId;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public Appearance getAppearance() {
        return new Appearance(theme, reducedMotion, textSize);
    }

    public void setAppearance(Appearance appearance) {
        this.theme = appearance.theme();
        this.reducedMotion = appearance.reducedMotion();
        this.textSize = appearance.textSize();
    }

    public LocalTime getWorkStart() {
        return workStart;
    }

    public LocalTime getWorkEnd() {
        return workEnd;
    }

    public void setWorkingHours(LocalTime start, LocalTime end) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("working hours must end after they start");
        }
        this.workStart = start;
        this.workEnd = end;
    }

    public EnergyPeak getEnergyPeak() {
        return energyPeak;
    }

    public void setEnergyPeak(EnergyPeak energyPeak) {
        this.energyPeak = energyPeak;
    }
}
