package refcode

import (
	"embed"

	"github.com/openhrd/spcomm/internal/i18n"
)

//go:embed messages/*.json
var messageFS embed.FS

// msgs holds the labels of the communication types in English, French and Spanish.
var msgs = i18n.MustLoad(messageFS, "messages")
