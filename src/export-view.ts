// The page of the export dialog (export-view.html): Excel on Mac saves no file from the task pane,
// so the pane opens this page of the add-in in an Office dialog and sends it the printable letters
// or a text file to show (see src/hosts/excel/export-dialog.ts).
import { runExportDialogPage } from "./hosts/excel";

const root = document.getElementById("export");
if (root) void runExportDialogPage(root);
