package app.helmsman.tasks.ui;

import app.helmsman.tasks.TaskChange;
import app.helmsman.tasks.TaskDetails;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.function.BiFunction;

/** When: do date and optional time, soft and hard deadline; how long: estimate and actual minutes. */
class ScheduleFields extends FieldGroup {

    private static final String MINUTES_HELP = "Minutes, or like 1h30";

    final DatePicker doDate = new DatePicker("Do date");
    final TimePicker doTime = new TimePicker("Time");
    final DatePicker softDeadline = new DatePicker("Soft deadline");
    final DatePicker hardDeadline = new DatePicker("Hard deadline");
    final TextField estimate = new TextField("Estimate");
    final TextField actual = new TextField("Actual time");
    final com.vaadin.flow.component.datetimepicker.DateTimePicker remindAt = new com.vaadin.flow.component.datetimepicker.DateTimePicker("Remind me at");
    private final java.time.ZoneId zone;

    ScheduleFields(DetailsSession session) {
        super("When", session);
        zone = zone();
        // one date and time format everywhere: the person's locale, as the chips write them
        java.util.List.of(doDate, softDeadline, hardDeadline).forEach(app.helmsman.shared.ui.DateFormats::apply);
        app.helmsman.shared.ui.DateFormats.apply(doTime);
        app.helmsman.shared.ui.DateFormats.apply(remindAt);
        doDate.setHelperText("When you plan to do it");
        doDate.setClearButtonVisible(true);
        doDate.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                clearError("doDate");
                // a time without a day means nothing, so clearing the date clears the time
                var time = e.getValue() == null ? null : doTime.getValue();
                session.edit(c -> c.withDoDate(e.getValue(), time));
            }
        });
        doTime.setHelperText("Optional");
        doTime.setClearButtonVisible(true);
        doTime.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (e.getValue() != null && doDate.getValue() == null) {
                doTime.setErrorMessage("Choose a do date first; the time belongs to that day.");
                doTime.setInvalid(true);
                return;
            }
            doTime.setInvalid(false);
            session.edit(c -> c.withDoDate(c.doDate(), e.getValue()));
        });
        softDeadline.setHelperText("Would be good by then");
        softDeadline.setClearButtonVisible(true);
        softDeadline.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                session.edit(c -> c.withDeadlines(e.getValue(), c.hardDeadline()));
            }
        });
        hardDeadline.setHelperText("Must be done by then");
        hardDeadline.setClearButtonVisible(true);
        hardDeadline.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                session.edit(c -> c.withDeadlines(c.softDeadline(), e.getValue()));
            }
        });
        remindAt.setHelperText("A reminder at this time, in your time zone");
        remindAt.setMin(app.helmsman.tasks.InputBounds.EARLIEST_DATE.atStartOfDay());
        remindAt.setMax(app.helmsman.tasks.InputBounds.LATEST_DATE.atTime(23, 59));
        remindAt.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                clearError("remindAt");
                var at = e.getValue() == null ? null : e.getValue().atZone(zone).toInstant();
                session.edit(c -> c.withRemindAt(at));
            }
        });
        named("remindAt", remindAt);
        minutes(estimate, "estimateMinutes", (c, m) -> c.withMinutes(m, c.actualMinutes()));
        minutes(actual, "actualMinutes", (c, m) -> c.withMinutes(c.estimateMinutes(), m));
        named("doDate", doDate);
        named("doTime", doTime);
        named("doDate", doDate);
        named("softDeadline", softDeadline);
        named("hardDeadline", hardDeadline);
        for (var picker : java.util.List.of(doDate, softDeadline, hardDeadline)) {
            picker.setMin(app.helmsman.tasks.InputBounds.EARLIEST_DATE);
            picker.setMax(app.helmsman.tasks.InputBounds.LATEST_DATE);
        }
        var dates = new Div(doDate, doTime, softDeadline, hardDeadline);
        dates.addClassName("hm-field-row");
        var remind = new Div(remindAt);
        remind.addClassName("hm-field-row");
        var times = new Div(estimate, actual);
        times.addClassName("hm-field-row");
        add(dates, remind, times);
    }

    private void minutes(TextField field, String name, BiFunction<TaskChange, Integer, TaskChange> apply) {
        field.setHelperText(MINUTES_HELP);
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            Integer value;
            try {
                value = Minutes.parse(e.getValue()).orElse(null);
            } catch (IllegalArgumentException bad) {
                // keep the text so it can be corrected, and say what would work
                showError(name, "Enter minutes like 15, or hours and minutes like 1h30.");
                return;
            }
            clearError(name);
            session.edit(c -> apply.apply(c, value));
        });
        named(name, field);
    }

    @Override
    void show(TaskDetails task) {
        doDate.setValue(task.doDate());
        doTime.setValue(task.doTime());
        softDeadline.setValue(task.softDeadline());
        hardDeadline.setValue(task.hardDeadline());
        estimate.setValue(Minutes.format(task.estimateMinutes()));
        actual.setValue(Minutes.format(task.actualMinutes()));
        remindAt.setValue(task.remindAt() == null ? null : java.time.LocalDateTime.ofInstant(task.remindAt(), zone));
    }

    /** The person's zone, from the UI's bean of it (UTC outside a running Vaadin service). */
    private static java.time.ZoneId zone() {
        var service = com.vaadin.flow.server.VaadinService.getCurrent();
        return service == null ? java.time.ZoneOffset.UTC : service.getInstantiator().getOrCreate(UserClock.class).zone();
    }
}
