package app.helmsman.calendar.internal;

import app.helmsman.calendar.CalendarProvider;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ConnectionRepository extends JpaRepository<ConnectionEntity, UUID> {

    List<ConnectionEntity> findByOwnerIdOrderByCreatedAt(UUID ownerId);

    Optional<ConnectionEntity> findByIdAndOwnerId(UUID id, UUID ownerId);

    Optional<ConnectionEntity> findByOwnerIdAndProviderAndAccountEmail(UUID ownerId, CalendarProvider provider, String accountEmail);

    /** The row locked for a token refresh: one refresh per connection at a time, across replicas. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ConnectionEntity c where c.id = ?1")
    Optional<ConnectionEntity> lockById(UUID id);

    /** Connections with a token under another key than {@code keyId} (re-encryption). */
    @Query("select c.id from ConnectionEntity c where c.accessToken not like concat('v1:', ?1, ':%') "
            + "or (c.refreshToken is not null and c.refreshToken not like concat('v1:', ?1, ':%'))")
    List<UUID> idsNotUnderKey(String keyId);
}
