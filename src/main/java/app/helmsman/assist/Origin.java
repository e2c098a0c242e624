package app.helmsman.assist;

/** Where a proposal came from, so the UI can say so. */
public enum Origin {
    /** The configured AI provider made it. */
    PROVIDER,
    /** The offline helper made it: no provider is configured, or the provider was not used or failed. */
    OFFLINE
}
