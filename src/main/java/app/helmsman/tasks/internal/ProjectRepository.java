package app.helmsman.tasks.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProjectRepository extends JpaRepository<ProjectEntity, UUID> {

    List<ProjectEntity> findByOwnerIdOrderByPositionAsc(UUID ownerId);

    @Query("select coalesce(max(p.position), 0) + 1024 from ProjectEntity p where p.ownerId = :ownerId")
    long nextPosition(UUID ownerId);
}
