const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Call.create({
  from: '+19195551212',
  to: 'sip:someone@somewhere.com',
  sipHeaders: {'X-Header-1': 'value1', 'X-Header-2': 'value2'}
})
.then(function (response) {
  console.log(response.id);
});
