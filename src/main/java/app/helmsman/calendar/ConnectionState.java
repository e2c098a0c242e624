package app.helmsman.calendar;

/** Whether Helmsman can still use a connection's grant. */
public enum ConnectionState {
    /** The tokens work (or can be refreshed). */
    CONNECTED,
    /** The provider refused the refresh token (revoked, expired, password changed): only connecting again helps. */
    NEEDS_RECONNECTING
}
