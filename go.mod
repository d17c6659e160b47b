module qgo

go 1.26.8
