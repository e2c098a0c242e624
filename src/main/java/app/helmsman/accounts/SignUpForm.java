package app.helmsman.accounts;

/** What a person types to create a local account. */
public record SignUpForm(String email, String displayName, String password) {

    public static final int EMAIL_MAX_LENGTH = 320;
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;
    public static final int PASSWORD_MIN_LENGTH = 10;
    public static final int PASSWORD_MAX_LENGTH = 64;
}
