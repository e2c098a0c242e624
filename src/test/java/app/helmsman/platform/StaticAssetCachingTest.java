package app.helmsman.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaticAssetCachingTest {

    @Test
    void content_hashed_and_content_versioned_files_are_immutable() {
        assertThat(StaticAssetCaching.policyFor("/VAADIN/build/indexhtml-BfnNYcbf.js", null)).isEqualTo(StaticAssetCaching.IMMUTABLE);
        assertThat(StaticAssetCaching.policyFor("/VAADIN/static/push/vaadinPush-min.js",
                "v=17468f19f80e261699652f852d3740c837fc155b615634be3547efaa1adea679")).isEqualTo(StaticAssetCaching.IMMUTABLE);
    }

    @Test
    void files_whose_address_stays_the_same_are_revalidated_and_pages_are_left_alone() {
        assertThat(StaticAssetCaching.policyFor("/VAADIN/static/push/vaadinPush-min.js", null)).isNull();
        assertThat(StaticAssetCaching.policyFor("/styles/views.css", null)).isEqualTo("no-cache");
        assertThat(StaticAssetCaching.policyFor("/favicon.ico", null)).isEqualTo("no-cache");
        assertThat(StaticAssetCaching.policyFor("/", "v-r=uidl")).isNull();
        assertThat(StaticAssetCaching.policyFor("/login", null)).isNull();
    }
}
