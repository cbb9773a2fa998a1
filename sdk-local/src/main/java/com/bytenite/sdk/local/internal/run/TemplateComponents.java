package com.bytenite.sdk.local.internal.run;

import com.bytenite.sdk.local.ComponentRole;
import com.bytenite.sdk.local.internal.jobs.Template;
import com.bytenite.sdk.local.internal.jobs.TemplateCheck;
import com.bytenite.sdk.local.internal.server.ApiException;

/**
 * Refuses, at create time, a template that asks for a version of a component that does not exist
 * for the job's owner while another version does ({@code zipper@3} when only {@code zipper@1.0} is
 * there): a silent fallback to another version would run code the template did not ask for. A name
 * nothing is known under is left for the run to report, since it may still be pushed before then.
 */
public final class TemplateComponents implements TemplateCheck {
    private final ComponentCatalog catalog;

    public TemplateComponents(ComponentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void check(Template template, String owner) {
        check(template, owner, ComponentRole.PARTITIONER, template.partitioner());
        check(template, owner, ComponentRole.APP, template.app());
        check(template, owner, ComponentRole.ASSEMBLER, template.assembler());
    }

    private void check(Template template, String owner, ComponentRole kind, String tag) {
        ComponentTag wanted = ComponentTag.parse(tag);
        if (!wanted.hasVersion() || catalog.find(kind, tag, owner) != null) {
            return;
        }
        ComponentCatalog.Found other = catalog.find(kind, wanted.name(), owner);
        if (other != null) {
            throw ApiException.badRequest("template " + template.id() + " names " + kind.name().toLowerCase(java.util.Locale.ROOT) + " "
                    + tag + ", but no such version is available to you: the newest " + wanted.name() + " is " + other.tag()
                    + " (" + other.origin() + ")");
        }
    }
}
