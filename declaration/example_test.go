package declaration_test

import (
	"errors"
	"fmt"

	"github.com/openhrd/spcomm/declaration"
	"github.com/openhrd/spcomm/hrd"
)

func ExampleParse() {
	ps, _ := declaration.Parse("Articles 2, 9.3a & c")
	fmt.Println(ps)
	ps, _ = declaration.Parse("artículos 1, 2 y 12 (2)")
	fmt.Println(ps)
	_, err := declaration.Parse("article 9.6")
	fmt.Println(err)
	fmt.Println(errors.Is(err, declaration.ErrUnknownProvision))
	// Output:
	// [2 9.3(a) 9.3(c)]
	// [1 2 12.2]
	// declaration: "article 9.6": article 9 has paragraphs 1 to 5; there is no paragraph 6 (at byte 10, "6")
	// true
}

func ExampleProvision_Cite() {
	p, _ := declaration.ParseOne("9.3(a)")
	for _, lang := range []hrd.Language{hrd.English, hrd.French, hrd.Spanish} {
		fmt.Println(p.Cite(lang))
	}
	fmt.Println(p.Title(hrd.English))
	// Output:
	// article 9 (3) (a)
	// article 9, paragraphe 3, alinéa a)
	// artículo 9, párrafo 3, apartado a)
	// Remedies, complaints and investigation
}

func ExampleCiteList() {
	ps := declaration.MustParse("12.2, 1, 2")
	for _, lang := range []hrd.Language{hrd.English, hrd.French, hrd.Spanish} {
		fmt.Println(declaration.CiteList(ps, lang))
	}
	// Output:
	// articles 1, 2 and 12 (2)
	// articles 1, 2 et 12 (par. 2)
	// artículos 1, 2 y 12 (2)
}

func ExampleApplicable() {
	apps := declaration.Applicable(declaration.Input{
		Violations:           []hrd.ViolationType{hrd.ViolationJudicialHarassment},
		Activities:           []hrd.Activity{hrd.ActivityDocumentingViolations},
		FailureToInvestigate: true,
	})
	for _, a := range apps {
		fmt.Print(a.Provision, ":")
		for _, r := range a.Reasons {
			fmt.Print(" ", r.Kind)
			if r.Code != "" {
				fmt.Print("=", r.Code)
			}
		}
		fmt.Println()
	}
	fmt.Println(declaration.CiteList(declaration.ProvisionsOf(apps), hrd.English))
	// Output:
	// 1: base
	// 2: base
	// 5: violation=judicial_harassment
	// 6: violation=judicial_harassment
	// 6(a): activity=documenting_violations
	// 6(b): activity=documenting_violations
	// 9.1: investigation
	// 9.2: investigation
	// 9.3: violation=judicial_harassment
	// 9.5: investigation
	// 12.2: base
	// articles 1, 2, 5, 6, 6 (a), 6 (b), 9 (1), 9 (2), 9 (3), 9 (5) and 12 (2)
}

func ExampleProvision_Summary() {
	p, _ := declaration.ParseOne("5c")
	fmt.Println(p, "-", p.Summary(hrd.English))
	// Output: 5(c) - People may contact and exchange with NGOs and intergovernmental organisations.
}
