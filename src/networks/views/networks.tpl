{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Networks of local governments}}</h1>
<p>{{_:x-t=National associations of municipalities of the partner countries, and the regional and global networks their local governments belong to.}}</p>
{{#CAN_CREATE}}<p><a class="button" href="/manage/networks/new">{{_:x-t=New network}}</a></p>{{/CAN_CREATE}}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>{{_:x-t=Network organisations}}</caption>
<thead><tr><th scope="col">{{_:x-t=Name}}</th><th scope="col">{{_:x-t=Kind}}</th><th scope="col">{{_:x-t=Country}}</th><th scope="col" class="num">{{_:x-t=Members}}</th></tr></thead>
<tbody>{{#NETWORK}}<tr><td><a href="/networks/{{KEY:u}}">{{NAME}}</a></td><td>{{KIND}}</td><td>{{COUNTRY}}</td><td class="num">{{MEMBERS}}</td></tr>{{/NETWORK}}</tbody></table></div>
