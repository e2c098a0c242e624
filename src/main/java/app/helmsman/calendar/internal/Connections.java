package app.helmsman.calendar.internal;

import app.helmsman.calendar.CalendarConnection;
import app.helmsman.calendar.CalendarProvider;

/** Entity to the record people see (never with tokens). */
public final class Connections {

    private Connections() {
    }

    public static CalendarConnection view(ConnectionEntity entity) {
        return new CalendarConnection(entity.getId(), entity.getProvider(), entity.getAccountEmail(), entity.getState(), entity.getCreatedAt(),
                entity.getProvider() == CalendarProvider.GOOGLE);
    }
}
