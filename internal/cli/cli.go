package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/openhrd/spcomm/hrd"
)

// Exit statuses.
const (
	ExitOK      = 0
	ExitInvalid = 1
	ExitUsage   = 2
)

// env is what a subcommand runs with.
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

type command struct {
	summary string
	run     func(e *env, args []string) int
}

// commands is filled by each subcommand's file.
var commands = map[string]command{}

func register(name, summary string, run func(e *env, args []string) int) {
	commands[name] = command{summary, run}
}

// Run runs the spcomm command line with args (without the program name) and returns
// the exit status.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		usage(stderr)
		return ExitUsage
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		usage(stdout)
		return ExitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "spcomm: unknown command %q\n\n", args[0])
		usage(stderr)
		return ExitUsage
	}
	return c.run(e, args[1:])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "spcomm reads, checks and renders submissions to the UN Special Procedures.")
	fmt.Fprintln(w, "\nUsage: spcomm COMMAND [flags] [arguments]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'spcomm COMMAND -h' for a command's flags.")
}

// newFlags returns a FlagSet for a subcommand that writes its usage to e.stderr.
func newFlags(e *env, name, args, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: spcomm %s %s\n\n%s\n", name, args, about)
		if hasFlags(fs) {
			fmt.Fprintln(e.stderr, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// parse parses args and returns -1 to go on, or the exit status to return.
// langFlag defines the -lang flag of a command: one of the format's languages,
// def when it is not given. An unknown language is a usage error that the flag
// package reports with the command's usage, as for any bad flag value.
func langFlag(fs *flag.FlagSet, def hrd.Language, usage string) *hrd.Language {
	l := def
	fs.Var((*langValue)(&l), "lang", usage)
	return &l
}

// langValue is a [flag.Value] that accepts only en, fr and es.
type langValue hrd.Language

func (v *langValue) String() string { return string(*v) }

func (v *langValue) Set(s string) error {
	if !hrd.Language(s).Valid() {
		return fmt.Errorf("unknown language %q (en, fr or es)", s)
	}
	*v = langValue(s)
	return nil
}

func parse(fs *flag.FlagSet, args []string) int {
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return ExitOK
		}
		return ExitUsage
	}
	return -1
}

func init() {
	register("version", "print the version of spcomm and of the format", func(e *env, args []string) int {
		fs := newFlags(e, "version", "", "Prints the version of spcomm and of the submission format it reads.")
		if c := parse(fs, args); c >= 0 {
			return c
		}
		fmt.Fprintf(e.stdout, "spcomm %s (submission format %s)\n", version(), "1.0")
		return ExitOK
	})
}

// version returns the module version the binary was built from, or "devel".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return strings.TrimPrefix(bi.Main.Version, "v")
	}
	return "devel"
}
