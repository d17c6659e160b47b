q)/ the null item of an enumeration keeps its domain (docs-v1 cookbook/faq.md: trade 300000)
q)market:`nyse`lse`tse
q)trade:([]stock:`ibm`bac;market:`market$`nyse`lse;price:121.3 5.76)
q)trade 300000
stock | `
market| `market$`
price | 0n
q)/ first and last of an empty list give the null item, as indexing past the end does
q)first 0#trade`market
`market$`
q)last 0#trade`market
`market$`
q)first 0#trade
stock | `
market| `market$`
price | 0n
