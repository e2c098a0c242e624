package app.helmsman.tasks.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TagRepository extends JpaRepository<TagEntity, UUID> {

    @Query("select t from TagEntity t where t.ownerId = :ownerId and lower(t.name) in :lowerNames")
    List<TagEntity> findByOwnerAndLowerNames(UUID ownerId, Collection<String> lowerNames);

    @Query("select t from TagEntity t where t.ownerId = :ownerId order by lower(t.name)")
    List<TagEntity> findByOwner(UUID ownerId);
}
