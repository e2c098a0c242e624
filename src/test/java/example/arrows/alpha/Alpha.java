package example.arrows.alpha;

import example.arrows.beta.Beta;
import example.arrows.gamma.Gamma;

/** Depends on a declared module and on one that is not declared. */
public class Alpha {

    public String describe(Gamma gamma, Beta beta) {
        return gamma.name() + beta.name();
    }
}
