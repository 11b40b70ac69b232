{{%AUTOESCAPE context="HTML"}}<h1>{{_:x-t=Administration}}</h1>
<ul class="cards">
  <li class="card"><h2><a href="/admin/users">{{_:x-t=Users}}</a></h2><p>{{_:x-t=Accounts, their roles, and granting a role.}}</p></li>
  <li class="card"><h2><a href="/admin/organisations">{{_:x-t=Organisations}}</a></h2><p>{{_:x-t=Canadian municipalities, partner local governments and the program office.}}</p></li>
  <li class="card"><h2><a href="/admin/audit">{{_:x-t=Audit log}}</a></h2><p>{{_:x-t=Every change, who made it and when.}}</p></li>
  <li class="card"><h2><a href="/admin/outbox">{{_:x-t=Mail outbox}}</a></h2><p>{{_:x-t=Messages the site has written and whether they were sent.}}</p></li>
  <li class="card"><h2><a href="/manage/mailing">{{_:x-t=Distribution list}}</a></h2><p>{{_:x-t=Subscribers and their consent records, exports and erasure, campaigns and the sender's identity.}}</p></li>
</ul>
