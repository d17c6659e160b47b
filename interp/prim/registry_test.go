package prim

// The interpreter defines the verbs below itself (forms that need a
// session: key of a name, count of a partitioned table, $ and ? on
// enumeration domains) and calls this package's functions from its own
// definitions, so they are not in Monads and Dyads. This package's tests
// evaluate q without an interpreter: they add the pure forms.
func init() {
	Monads["!"] = Key
	Monads["key"] = Key
	Monads["value"] = Value
	Monads["get"] = Value
	Monads["keys"] = Keys
	Monads["count"] = Count
	Monads["cols"] = Cols
	Dyads["!"] = Bang
	Dyads["$"] = Dollar
	Dyads["?"] = FindOrRoll
	Dyads["xkey"] = Xkey
	Dyads["xasc"] = Xasc
	Dyads["xdesc"] = Xdesc
}
