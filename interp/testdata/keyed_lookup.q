q)/ a keyed table looks up one key row per vector: a one-column key takes a 1-item one (docs/ref/dotq.md .Q.ft)
q)s:([s:`s1`s2`s3`s4]name:`smith`jones`blake`clark;city:`london`paris`paris`london)
q)s 2 3            / index keyed table fails
'length
q)s`s1`s2
'length
q)s`s3
name| blake
city| paris
q)s enlist`s3
name| blake
city| paris
q)s ([]s:`s3`s4)
name  city
------------
blake paris
clark london
q).Q.ft[{x 2 3};s]
s | name  city
--| ------------
s3| blake paris
s4| clark london
