import json,sys,re
ev={}
for l in open(sys.argv[1]):
    e=json.loads(l); ev.setdefault((e['doc_id'],e['sentence_index']),[]).append(e)
only=set(sys.argv[2:])
for l in open('/work/wt-b/review/b_articles.jsonl'):
    a=json.loads(l)
    if only and a['id'] not in only: continue
    ss=re.split(r'(?<=[.!?]) (?=[A-Z])', a['text'])
    for i,s in enumerate(ss):
        print(f"{a['id']}.{i} {s}")
        for e in ev.get((a['id'],i),[]):
            t=e['target']
            print(f"     {e['source']['code']}({e['source']['text']}) {e['cameo']} {t['code']+'('+t['text']+')' if t else '-'} {e['date']}")
