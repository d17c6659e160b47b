/ deleting an entry of a namespace that is itself a namespace deletes its
/ entries too, so it can be made again from nothing (docs/wp/intraday-
/ writedown: ![`.mem;();0b;enlist t] then createTblStruct t)
q)`.cache.fruit. set ([]name:`symbol$())
`.cache.fruit.
q).cache.fruit.apples:([]name:2#`apple)
q).cache.veg.kale:1
q)key `.cache
``fruit`veg
q)![`.cache;();0b;enlist `fruit]
`.cache
q)key `.cache
``veg
q).cache.fruit.apples
'.cache.fruit.apples
q)`.cache.fruit. set ([]name:`symbol$())
`.cache.fruit.
q)key .cache.fruit
,`
q)delete veg from `.cache
`.cache
q).cache.veg.kale
'.cache.veg.kale
