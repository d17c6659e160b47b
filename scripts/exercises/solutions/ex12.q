/ Exercise 12 - reference solution

trade:([]sym:`symbol$(); price:`float$())
upd:{[t;x] t insert x}

/ only a general list whose first item is the name `upd
.z.ps:{[msg] if[(0h=type msg) and `upd~first msg; value msg]}
