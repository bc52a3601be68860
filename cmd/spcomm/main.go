// Command spcomm reads, checks and renders submissions to the UN Special Procedures
// in the spcomm submission format. Run `spcomm help` for its commands.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/openhrd/spcomm/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
