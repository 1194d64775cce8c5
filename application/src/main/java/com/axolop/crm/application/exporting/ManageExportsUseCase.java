package com.axolop.crm.application.exporting;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.exporting.DataExport;
import com.axolop.crm.domain.exporting.ExportSelection;
import com.axolop.crm.domain.shared.Id;

/** Export packages: queue one (it runs on the export queue), follow it, download it while it is kept. */
public interface ManageExportsUseCase {
    DataExport start(Actor actor, ExportSelection selection);

    DataExport get(Actor actor, Id<DataExport> id);

    /** The completed package; before that, a conflict. */
    PackageDownload download(Actor actor, Id<DataExport> id);
}
