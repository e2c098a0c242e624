package app.helmsman.calendar.ui;

import app.helmsman.accounts.SignedInUser;
import app.helmsman.accounts.UserTimeZones;
import app.helmsman.calendar.AgendaEvent;
import app.helmsman.calendar.CalendarService;
import app.helmsman.calendar.internal.CalendarChanges;
import app.helmsman.live.LiveUpdates;
import app.helmsman.tasks.DayAgendaContribution;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Shows the calendar's events of the day(s) in Today and Upcoming (see {@link DayAgendaContribution}). */
@org.springframework.stereotype.Component
class DayAgenda implements DayAgendaContribution {

    private final CalendarService calendars;
    private final LiveUpdates live;
    private final SignedInUser user;
    private final UserTimeZones zones;

    DayAgenda(CalendarService calendars, LiveUpdates live, SignedInUser user, UserTimeZones zones) {
        this.calendars = calendars;
        this.live = live;
        this.user = user;
        this.zones = zones;
    }

    @Override
    public Optional<Component> agenda(LocalDate from, LocalDate to) {
        if (!calendars.enabled()) {
            return Optional.empty();
        }
        return Optional.of(new Panel(from, to));
    }

    /** The read-only list of events; hidden while there are none; re-reads on calendar changes. */
    final class Panel extends Section {


        private final LocalDate from;
        private final LocalDate to;
        private Registration registration;

        Panel(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
            addClassName("hm-agenda");
            getElement().setAttribute("aria-labelledby", "hm-agenda-heading");
            refresh();
        }

        void refresh() {
            removeAll();
            List<AgendaEvent> events = calendars.agenda(from, to);
            setVisible(!events.isEmpty());
            if (events.isEmpty()) {
                return;
            }
            var heading = new H2(from.equals(to) ? "From your calendar" : "From your calendar, next days");
            heading.setId("hm-agenda-heading");
            add(heading);
            var zone = zones.zoneOf(user.requireId());
            if (from.equals(to)) {
                add(list(events, zone));
                return;
            }
            LocalDate current = null;
            var group = new java.util.ArrayList<AgendaEvent>();
            for (var event : events) {
                if (!event.day().equals(current) && !group.isEmpty()) {
                    add(new H3(app.helmsman.shared.ui.DateFormats.longDay(current)), list(group, zone));
                    group.clear();
                }
                current = event.day();
                group.add(event);
            }
            if (!group.isEmpty()) {
                add(new H3(app.helmsman.shared.ui.DateFormats.longDay(current)), list(group, zone));
            }
        }

        private UnorderedList list(List<AgendaEvent> events, ZoneId zone) {
            var list = new UnorderedList();
            for (var event : events) {
                var time = new Span(event.allDay() ? "All day" : app.helmsman.shared.ui.DateFormats.time(event.start().atZone(zone).toLocalTime()) + "–" + app.helmsman.shared.ui.DateFormats.time(event.end().atZone(zone).toLocalTime()));
                time.addClassName("hm-agenda-time");
                var title = new Span(event.title());
                var meta = new Span(event.calendar() + (event.free() ? ", free" : event.tentative() ? ", tentative" : ""));
                meta.addClassName("hm-agenda-meta");
                var item = new ListItem(time, title, meta);
                list.add(item);
            }
            return list;
        }

        @Override
        protected void onAttach(AttachEvent event) {
            UUID id = user.requireId();
            registration = live.subscribe(event.getUI(), id, Set.of(CalendarChanges.TOPIC), hints -> refresh());
        }

        @Override
        protected void onDetach(DetachEvent event) {
            if (registration != null) {
                registration.remove();
                registration = null;
            }
        }
    }
}
