package render

import (
	"bytes"
	"embed"
	"html/template"
)

//go:embed template/draft.html
var templateFS embed.FS

// page is the HTML page template, parsed once; html/template escapes every value
// for its context, so the submitter's text is always shown as text.
var page = template.Must(template.ParseFS(templateFS, "template/draft.html"))

// writeHTML lays the draft out as one self-contained HTML page.
func writeHTML(w *bytes.Buffer, d *draft) error {
	return page.ExecuteTemplate(w, "draft.html", d)
}
