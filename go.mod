module qgo

go 1.26.8

require (
	github.com/chzyer/readline v1.5.1
	github.com/golang/snappy v1.0.0
	github.com/klauspost/compress v1.20.5
	github.com/pierrec/lz4/v4 v4.1.34
	github.com/spf13/pflag v1.0.10
	golang.org/x/sys v0.42.0
)
