package app.helmsman.tasks.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AreaRepository extends JpaRepository<AreaEntity, UUID> {

    List<AreaEntity> findByOwnerIdOrderByPositionAsc(UUID ownerId);

    @Query("select coalesce(max(a.position), 0) + 1024 from AreaEntity a where a.ownerId = :ownerId")
    long nextPosition(UUID ownerId);
}
