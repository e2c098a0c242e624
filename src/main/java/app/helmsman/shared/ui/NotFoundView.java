package app.helmsman.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an address that does not exist, and for one the person may not open (Vaadin reports a denied
 * route as not found in production mode, so that the page does not reveal that it exists). Views that
 * look up something the person cannot see (another user's project) reroute here too.
 */
@PageTitle("Page not found · Helmsman")
@AnonymousAllowed
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    NotFoundView(AppearancePreferences appearance) {
        super(appearance, "Page not found");
        explain("There is nothing here, or it is not yours to see. Nothing you saved is lost.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
