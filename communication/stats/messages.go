package stats

import (
	"embed"

	"github.com/openhrd/spcomm/internal/i18n"
)

//go:embed messages/*.json
var msgFS embed.FS

var msgs = i18n.MustLoad(msgFS, "messages")
