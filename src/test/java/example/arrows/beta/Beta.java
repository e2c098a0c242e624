package example.arrows.beta;

/** A module alpha uses without declaring it. */
public class Beta {

    public String name() {
        return "beta";
    }
}
