/**
 * File formats of import and export, without Spring or a database: the Helmsman JSON backup
 * ({@link app.helmsman.tasks.transfer.Backup}), Helmsman CSV ({@link app.helmsman.tasks.transfer.TaskCsv}),
 * Todoist's CSV export ({@link app.helmsman.tasks.transfer.TodoistCsv}) and iCalendar VTODO
 * ({@link app.helmsman.tasks.transfer.TaskCalendar}). {@code TaskTransferService} owns security and transactions.
 */
package app.helmsman.tasks.transfer;
