package com.axolop.crm.application.importing;

import com.axolop.crm.domain.importing.ImportOptions;
import java.io.IOException;
import java.io.OutputStream;

/** An uploaded file as the client sends it: its bytes go to {@code file}, and the options sent with it come back. */
@FunctionalInterface
public interface ImportUpload {
    ImportOptions writeTo(OutputStream file) throws IOException;
}
