package example.arrows.gamma;

/** A module alpha declares and uses. */
public class Gamma {

    public String name() {
        return "gamma";
    }
}
