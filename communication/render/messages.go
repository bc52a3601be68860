package render

import (
	"embed"

	"github.com/openhrd/spcomm/internal/i18n"
)

//go:embed messages/*.json
var msgFS embed.FS

// msgs are the draft's fixed texts in English, French and Spanish.
var msgs = i18n.MustLoad(msgFS, "messages")
