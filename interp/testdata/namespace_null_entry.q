/ `.ns.name. set v sets the null entry of namespace .ns.name, which holds ::
/ until then; entries added later follow it (docs/wp/intraday-writedown:
/ createTblStruct keeps each table's schema in .mem.<table>.)
q)`.store.fruit. set ([]name:`symbol$();qty:`long$())
`.store.fruit.
q)apples:([]name:2#`apple;qty:3 4)
q).store[`fruit;`apples]:apples
q).store.fruit
      | +`name`qty!(`symbol$();`long$())
apples| +`name`qty!(`apple`apple;3 4)
q).store[`fruit;`apples]
name  qty
---------
apple 3
apple 4
q)key .store.fruit
``apples
q)`.plain. set 42
`.plain.
q).plain[`]
42
