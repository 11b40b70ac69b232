{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Audit log}}</h1>
<form method="get" action="/admin/audit" class="filters">
  <div class="field"><label for="action">{{_:x-t=Action starts with}}</label><input id="action" name="action" type="text" maxlength="100" value="{{FIELD_action}}"></div>
  <div class="field"><label for="entity">{{_:x-t=Kind of record}}</label><input id="entity" name="entity" type="text" maxlength="100" value="{{FIELD_entity}}"></div>
  <div class="field"><label for="actor">{{_:x-t=User number}}</label><input id="actor" name="actor" type="number" min="1" value="{{FIELD_actor}}"></div>
  <button type="submit" class="button secondary">{{_:x-t=Filter}}</button>
</form>
<div class="table-scroll" tabindex="0"><table class="data-table">
<caption>{{_:x-t=Changes, newest first}}</caption>
<thead><tr><th scope="col">{{_:x-t=When}}</th><th scope="col">{{_:x-t=Who}}</th><th scope="col">{{_:x-t=Action}}</th><th scope="col">{{_:x-t=Record}}</th><th scope="col">{{_:x-t=Details}}</th></tr></thead>
<tbody>{{#ENTRY}}<tr><td>{{AT}}</td><td>{{ACTOR}}</td><td>{{ACTION}}</td><td>{{ENTITY}}</td><td>{{SUMMARY}}</td></tr>{{/ENTRY}}</tbody>
</table></div>
<nav aria-label="{{_:x-t=Pages of results}}" class="paging">{{#PREVIOUS}}<a href="{{PREVIOUS_URL}}">{{_:x-t=Previous}}</a>{{/PREVIOUS}} {{#NEXT}}<a href="{{NEXT_URL}}">{{_:x-t=Next}}</a>{{/NEXT}}</nav>
