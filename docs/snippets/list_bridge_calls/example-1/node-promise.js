const Bandwidth = require('node-bandwidth');

const client = new Bandwidth({
  userId: 'YOUR_USER_ID',
  apiToken: 'YOUR_API_TOKEN',
  apiSecret: 'YOUR_API_SECRET',
  baseUrl: 'https://api.catapult.inetwork.com'
});

client.Bridge.getCalls('brg-65dhjwrmbasiei')
.then(function (response) {
  response.forEach(function (item) {
    console.log(item.id);
  });
});
