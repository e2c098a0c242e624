package app.helmsman.planner;

import java.util.UUID;

/** Published by whoever implements {@link BusyTimeSource} when a person's commitments changed: the planner re-plans the rest of today. */
public record BusyTimeChanged(UUID userId) {
}
